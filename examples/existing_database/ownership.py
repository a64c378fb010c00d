# region ownership
# Tables Django's migrations own. Until the switch this also held the app's prefix,
# "existing_database_"; removing it is the moment Alembic takes those tables over.
DJANGO_OWNED_PREFIXES = ("django_", "auth_")


def owned_by_django(table_name: str | None) -> bool:
    return (table_name or "").startswith(DJANGO_OWNED_PREFIXES)


def include_name(name: str | None, type_: str, parent_names: dict) -> bool:
    """The database side, before reflection: Django's tables are never read."""
    return type_ != "table" or not owned_by_django(name)


def include_object(
    object_, name: str | None, type_: str, reflected, compare_to
) -> bool:
    """The models' side: a mapped Django table is not a table to create."""
    return type_ != "table" or not owned_by_django(name)


# endregion ownership
