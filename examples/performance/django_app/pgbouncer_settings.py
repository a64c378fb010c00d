"""DATABASES for a project that connects through PgBouncer in transaction mode."""

# region pgbouncer
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",  # psycopg 3
        "HOST": "pgbouncer",
        "PORT": 6432,  # PgBouncer: each transaction may get another server connection
        "NAME": "shop",
        "USER": "shop",
        # .iterator() would open a named cursor that the next transaction cannot see.
        "DISABLE_SERVER_SIDE_CURSORS": True,
        "CONN_MAX_AGE": 0,  # PgBouncer keeps the server connections open, not Django
        # Django's psycopg 3 backend already sets OPTIONS "prepare_threshold" to None.
    }
}
# endregion pgbouncer
