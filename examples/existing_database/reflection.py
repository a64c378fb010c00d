from sqlalchemy import Engine, MetaData

APP_PREFIX = "existing_database_"  # Django's <app_label>_<model> table names


# region reflect
def reflect_app_tables(engine: Engine) -> MetaData:
    """Table objects for the Django app's tables, read from the database itself."""
    metadata = MetaData()
    metadata.reflect(engine, only=lambda name, _: name.startswith(APP_PREFIX))
    return metadata


# endregion reflect
