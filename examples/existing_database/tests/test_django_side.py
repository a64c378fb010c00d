from django.core.management import call_command


def test_migrations_match_the_models(db):
    call_command(
        "makemigrations", "existing_database", "--check", "--dry-run", verbosity=0
    )
