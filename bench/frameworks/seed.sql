-- The table both applications read, with 1,000 deterministic rows.
CREATE TABLE bench_item (
    id integer PRIMARY KEY,
    name varchar(100) NOT NULL,
    description text NOT NULL,
    price numeric(10, 2) NOT NULL,
    quantity integer NOT NULL,
    created_at timestamptz NOT NULL
);

INSERT INTO bench_item (id, name, description, price, quantity, created_at)
SELECT i,
       'Item ' || i,
       'A benchmark item, number ' || i || ', with a description about as long as a real one.',
       (i % 100) + 0.99,
       i % 50,
       timestamptz '2025-01-01 00:00:00+00' + i * interval '1 minute'
FROM generate_series(1, 1000) AS i;

ANALYZE bench_item;
