"""moderate reviews

Revision ID: 95a2bde3afb9
Revises: 80f67be5aee2
Create Date: 2026-11-21 08:01:58.251553

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "95a2bde3afb9"
down_revision: str | None = "80f67be5aee2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# region upgrade
def upgrade() -> None:
    statuses = op.create_table(
        "review_statuses",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("label", sa.String(length=50), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_review_statuses")),
    )
    # Added by hand: seed the lookup table before any row can point at it.
    op.bulk_insert(
        statuses,
        [
            {"code": "pending", "label": "Waiting for moderation"},
            {"code": "published", "label": "Visible on the site"},
            {"code": "rejected", "label": "Hidden"},
        ],
    )
    with op.batch_alter_table("reviews") as batch_op:
        batch_op.add_column(
            sa.Column(
                "status", sa.String(length=20), server_default="pending", nullable=False
            )
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_reviews_status_review_statuses"),
            "review_statuses",
            ["status"],
            ["code"],
        )
    # Added by hand: reviews written before moderation existed were already public.
    # A lightweight table() names only the columns used here, never today's model.
    reviews = sa.table("reviews", sa.column("status", sa.String))
    op.execute(reviews.update().values(status="published"))


# endregion upgrade


# region downgrade
def downgrade() -> None:
    with op.batch_alter_table("reviews") as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_reviews_status_review_statuses"), type_="foreignkey"
        )
        batch_op.drop_column("status")
    op.drop_table("review_statuses")  # the seeded rows go with it


# endregion downgrade
