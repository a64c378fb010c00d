from django.urls import path

from auth.django_app import views

urlpatterns = [
    path("csrf/", views.csrf_cookie),
    path("login/", views.login_view),
    path("logout/", views.logout_view),
    path("me/", views.me),
]
