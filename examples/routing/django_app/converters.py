from datetime import date


class IsoDateConverter:
    """Matches 2025-03-31 and hands the view a datetime.date."""

    regex = r"\d{4}-\d{2}-\d{2}"

    def to_python(self, value: str) -> date:
        # A ValueError here (say, for 2025-02-30) means "no match": Django answers 404.
        return date.fromisoformat(value)

    def to_url(self, value: date) -> str:
        return value.isoformat()
