from itertools import count
from typing import Annotated

from fastapi import Depends, FastAPI

app = FastAPI(title="Per-request dependency cache")

# region caching
ticket_numbers = count(1)


async def next_ticket() -> int:
    return next(ticket_numbers)  # a counter: every real call returns a new number


TicketDep = Annotated[int, Depends(next_ticket)]


async def audit_entry(ticket: TicketDep) -> str:
    return f"audit for ticket {ticket}"  # a sub-dependency that asks for the same thing


@app.get("/tickets")
async def tickets(
    ticket: TicketDep,
    audit: Annotated[str, Depends(audit_entry)],
    fresh: Annotated[int, Depends(next_ticket, use_cache=False)],
) -> dict[str, int | str]:
    return {"ticket": ticket, "audit": audit, "fresh": fresh}


# endregion caching
