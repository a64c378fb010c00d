from fastapi import FastAPI

from capstone.fastapi_app.main import create_app
from phase2_fastapi.fastapi_app.sessions import router as sessions_router


# region factory
def create_exercise_app(database_url: str) -> FastAPI:
    # the capstone, untouched: phases 3 to 6 test its contract
    app = create_app(database_url)
    app.include_router(sessions_router)  # adds two paths and the audit table's lifespan
    return app


# endregion factory
