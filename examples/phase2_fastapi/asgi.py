"""The module `fastapi dev` and `uvicorn` import: one module-level `app`."""

from capstone.fastapi_app.main import create_app

# The database file is created in the working directory when the server starts.
app = create_app("sqlite+aiosqlite:///./capstone.sqlite3")
