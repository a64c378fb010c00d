import threading

from fastapi import FastAPI

app = FastAPI()


# region def_or_async
@app.get("/where/async")
async def where_async() -> dict[str, str]:
    # Runs on the event loop's thread: a blocking call here stalls every request in the
    # process.
    return {"thread": threading.current_thread().name}


@app.get("/where/sync")
def where_sync() -> dict[str, str]:
    # A plain def runs in a worker thread, so a blocking library (a sync SDK, a file
    # read) is safe.
    return {"thread": threading.current_thread().name}


# endregion def_or_async
