from django.urls import path

from realtime.django_app.views import job_events

urlpatterns = [
    path("jobs/<int:job_id>/events/", job_events, name="job-events"),
]
