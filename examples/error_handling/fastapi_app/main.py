import secrets
from collections.abc import Mapping
from typing import Annotated, Any

from fastapi import FastAPI, Header, HTTPException, Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import update
from starlette.exceptions import HTTPException as StarletteHTTPException

from error_handling.fastapi_app.db import SessionDep
from error_handling.fastapi_app.models import Product
from error_handling.fastapi_app.schemas import ProductRead, Reservation, ReservationIn
from error_handling.problems import (
    INVALID_REQUEST,
    OUT_OF_STOCK,
    PROBLEM_JSON,
    field_error,
    problem,
)

API_KEY = "example-key"  # read it from settings or a secret store in a real service

app = FastAPI(title="Error handling example")


def problem_response(
    body: dict[str, Any], headers: Mapping[str, str] | None = None
) -> JSONResponse:
    return JSONResponse(
        body, status_code=body["status"], media_type=PROBLEM_JSON, headers=headers
    )


# region domain
class OutOfStock(Exception):
    """Raised by business code, which knows nothing about HTTP."""

    def __init__(self, product_id: int, available: int) -> None:
        super().__init__(f"Only {available} left of product {product_id}.")


@app.exception_handler(OutOfStock)
async def out_of_stock_problem(request: Request, exc: OutOfStock) -> JSONResponse:
    return problem_response(problem(409, str(exc), request.url.path, OUT_OF_STOCK))


# endregion domain


# region http-errors
@app.exception_handler(StarletteHTTPException)
async def http_problem(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    """Yours (FastAPI's HTTPException) and the router's (unknown URL, wrong method)."""
    body = problem(exc.status_code, str(exc.detail), request.url.path)
    return problem_response(body, exc.headers)  # keeps WWW-Authenticate, Allow...


@app.exception_handler(RequestValidationError)
async def validation_problem(
    request: Request, exc: RequestValidationError
) -> JSONResponse:
    errors = [
        field_error(
            "#/" + "/".join(map(str, error["loc"][1:])), error["type"], error["msg"]
        )
        for error in exc.errors()  # loc[0] is "body", "query", "path"...
    ]
    detail = "The request is not valid."
    return problem_response(
        problem(422, detail, request.url.path, INVALID_REQUEST, errors=errors)
    )


# endregion http-errors


# region server-error
@app.exception_handler(Exception)
async def server_error_problem(request: Request, exc: Exception) -> JSONResponse:
    # Called by Starlette's outermost middleware, which then re-raises exc for the
    # server's log.
    detail = "The server could not complete this request."
    return problem_response(problem(500, detail, request.url.path))


# endregion server-error


# region not-found
@app.get("/products/{product_id}", response_model=ProductRead)
async def read_product(product_id: int, session: SessionDep) -> Product:
    product = await session.get(Product, product_id)
    if product is None:
        raise HTTPException(
            status.HTTP_404_NOT_FOUND, f"Product {product_id} does not exist."
        )
    return product


# endregion not-found


# region delete
@app.delete("/products/{product_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_product(
    product_id: int, session: SessionDep, x_api_key: Annotated[str, Header()] = ""
) -> None:
    if not secrets.compare_digest(x_api_key.encode(), API_KEY.encode()):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "A valid X-API-Key header is required.",
            headers={"WWW-Authenticate": "ApiKey"},
        )
    product = await session.get(Product, product_id)
    if product is None:
        raise HTTPException(
            status.HTTP_404_NOT_FOUND, f"Product {product_id} does not exist."
        )
    await session.delete(product)
    await session.commit()


# endregion delete


# region reserve
@app.post("/products/{product_id}/reservations", status_code=status.HTTP_201_CREATED)
async def reserve(
    product_id: int, payload: ReservationIn, session: SessionDep
) -> Reservation:
    product = await session.get(Product, product_id)
    if product is None:
        raise HTTPException(
            status.HTTP_404_NOT_FOUND, f"Product {product_id} does not exist."
        )
    # One conditional UPDATE, so two requests cannot both take the last item.
    taken = await session.execute(
        update(Product)
        .where(Product.id == product_id, Product.stock >= payload.quantity)
        .values(stock=Product.stock - payload.quantity)
    )
    if taken.rowcount == 0:
        raise OutOfStock(product_id, product.stock)
    await session.commit()
    return Reservation(product=product_id, reserved=payload.quantity)


# endregion reserve
