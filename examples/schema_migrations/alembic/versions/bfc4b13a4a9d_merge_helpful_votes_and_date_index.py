"""merge helpful votes and date index

Revision ID: bfc4b13a4a9d
Revises: 66194a404e8d, 9487faaec554
Create Date: 2026-11-21 08:02:52.279447

"""

from collections.abc import Sequence

# revision identifiers, used by Alembic.
revision: str = "bfc4b13a4a9d"
down_revision: str | None = ("66194a404e8d", "9487faaec554")
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
