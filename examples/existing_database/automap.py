from sqlalchemy import Engine
from sqlalchemy.ext.automap import AutomapBase, automap_base
from sqlalchemy.orm import relationship

from existing_database.reflection import APP_PREFIX


# region automap
def class_name(base: type, tablename: str, table: object) -> str:
    # existing_database_book_tags -> BookTags
    return tablename.removeprefix(APP_PREFIX).title().replace("_", "")


def map_app_tables(engine: Engine) -> AutomapBase:
    Base = automap_base()
    Base.prepare(
        autoload_with=engine,
        reflection_options={"only": lambda name, _: name.startswith(APP_PREFIX)},
        classname_for_table=class_name,
    )
    # Django's join table has an id of its own, so automap maps it as a class
    # (BookTags) instead of a many-to-many. Add the shortcut by hand:
    Book, Tag = Base.classes.Book, Base.classes.Tag
    join_table = Base.metadata.tables[f"{APP_PREFIX}book_tags"]
    Book.tags = relationship(Tag, secondary=join_table, viewonly=True)
    return Base


# endregion automap
