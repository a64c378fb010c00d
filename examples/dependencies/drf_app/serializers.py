from rest_framework import serializers

from dependencies.django_app.models import Note


# region serializer
class NoteSerializer(serializers.ModelSerializer):
    class Meta:
        model = Note
        fields = ["id", "title", "created_at"]

    def validate_title(self, value: str) -> str:
        # "notes" is not a DRF default: the view adds it in get_serializer_context().
        if self.context["notes"].filter(title=value).exists():
            raise serializers.ValidationError(
                "You already have a note with this title."
            )
        return value


# endregion serializer
