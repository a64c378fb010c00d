from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.middleware.base import RequestResponseEndpoint
from starlette.responses import Response

app = FastAPI(title="Maintenance switch")
app.state.maintenance = False


# region decorator
@app.middleware("http")  # shorthand for BaseHTTPMiddleware(dispatch=maintenance_mode)
async def maintenance_mode(
    request: Request, call_next: RequestResponseEndpoint
) -> Response:
    if request.app.state.maintenance:
        # Answer without calling the endpoint: nothing inside this middleware runs.
        return JSONResponse(
            {"detail": "Down for maintenance."},
            status_code=503,
            headers={"Retry-After": "120"},
        )
    return await call_next(request)


# endregion decorator


@app.get("/hello")
async def hello() -> dict[str, str]:
    return {"message": "hello"}
