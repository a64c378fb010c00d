from django.urls import path

from async_concurrency.django_app import mistakes, views
from async_concurrency.drf_app.views import DashboardView, TransferView

urlpatterns = [
    path("rates/blocking/<str:currency>/", views.rate_blocking),
    path("rates/offloaded/<str:currency>/", views.rate_offloaded),
    path("rates/sync/<str:currency>/", views.rate_sync),
    path("rates/async/<str:currency>/", views.rate_async),
    path("rates/", views.rate_table),
    path("accounts/<int:pk>/", views.account_detail),
    path("accounts/<int:pk>/statement/", views.statement),
    path("transfers/", views.transfer_view),
    path("dashboard/<int:user_id>/", views.dashboard),
    path("mistakes/balance/<int:pk>/", mistakes.balance_with_the_sync_orm),
    path("mistakes/deposit/<int:pk>/", mistakes.deposit_in_atomic),
    path("mistakes/statement/<int:pk>/", mistakes.statement_with_a_lazy_queryset),
    path("api/transfers/", TransferView.as_view()),
    path("api/dashboard/<int:user_id>/", DashboardView.as_view()),
]
