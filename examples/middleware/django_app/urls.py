from django.urls import path

from middleware.django_app import views

urlpatterns = [
    path("hello/", views.hello),
    path("hello-async/", views.hello_async),
    path("report/", views.report),
    path("boom/", views.boom),
]
