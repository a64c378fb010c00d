import asyncio

import httpx
from fastapi import APIRouter, HTTPException, Request, status

router = APIRouter()
# seconds for the whole page, however many upstream calls it makes
DASHBOARD_TIMEOUT = 2.0


# region gather
@router.get("/dashboard/{user_id}")
async def dashboard(user_id: int, request: Request) -> dict[str, object]:
    profiles: httpx.AsyncClient = request.app.state.profiles
    orders: httpx.AsyncClient = request.app.state.orders
    try:
        async with asyncio.timeout(DASHBOARD_TIMEOUT):  # Python 3.11+
            # both requests are in flight together
            profile, orders_response = await asyncio.gather(
                profiles.get(f"/profiles/{user_id}"),
                orders.get("/orders", params={"user_id": user_id}),
            )
    except TimeoutError as error:
        # The deadline cancelled both calls; their cleanup (finally, __exit__) has
        # already run.
        raise HTTPException(
            status.HTTP_504_GATEWAY_TIMEOUT, "An upstream service was too slow"
        ) from error
    return {"profile": profile.json(), "orders": orders_response.json()}


@router.get("/dashboard/{user_id}/one-by-one")
async def dashboard_one_by_one(user_id: int, request: Request) -> dict[str, object]:
    profile = await request.app.state.profiles.get(f"/profiles/{user_id}")
    # The second call starts only once the first has answered: the waits add up.
    orders_response = await request.app.state.orders.get(
        "/orders", params={"user_id": user_id}
    )
    return {"profile": profile.json(), "orders": orders_response.json()}


# endregion gather
