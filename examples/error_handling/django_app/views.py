from http import HTTPStatus

from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404

from error_handling.django_app.models import Product
from error_handling.problems import PROBLEM_JSON, problem


# region detail
def product_detail(request: HttpRequest, pk: int) -> JsonResponse:
    product = get_object_or_404(Product, pk=pk)  # raises Http404; handler404 answers
    return JsonResponse(
        {"id": product.pk, "name": product.name, "stock": product.stock}
    )


# endregion detail


# region handlers
def not_found(request: HttpRequest, exception: Exception) -> JsonResponse:
    # Not str(exception): get_object_or_404's message names the model class.
    body = problem(404, HTTPStatus.NOT_FOUND.phrase, request.path)
    return JsonResponse(body, status=404, content_type=PROBLEM_JSON)


def server_error(request: HttpRequest) -> JsonResponse:
    body = problem(500, "The server could not complete this request.", request.path)
    return JsonResponse(body, status=500, content_type=PROBLEM_JSON)


# endregion handlers
