from rest_framework import serializers

from background_tasks.django_app.models import Signup


class SignupSerializer(serializers.ModelSerializer):
    class Meta:
        model = Signup
        fields = ["id", "email"]
