-- The store's tables in SQLite, indexed like the store's in-memory state, for the benchmark's
-- side-by-side figures. Loaded from `revisit-bench export-csv`.
CREATE TABLE customers (id TEXT PRIMARY KEY, name TEXT, phone TEXT, address TEXT, club_member INTEGER);
CREATE INDEX customers_phone ON customers(phone);
CREATE TABLE vehicles (plate_key TEXT PRIMARY KEY, plate TEXT, model TEXT, kind TEXT, owner_id TEXT);
CREATE INDEX vehicles_owner ON vehicles(owner_id);
CREATE TABLE visits (ro_number TEXT PRIMARY KEY, customer_id TEXT, plate_key TEXT, type TEXT,
                     opened_at TEXT, delivered_at TEXT, mileage INTEGER, items TEXT, service_advisor TEXT,
                     amount_cents INTEGER, next_service_date TEXT, rework INTEGER);
CREATE INDEX visits_customer ON visits(customer_id);
CREATE INDEX visits_delivered ON visits(delivered_at);
CREATE INDEX visits_type_delivered ON visits(type, delivered_at);
CREATE TABLE complaints (id TEXT PRIMARY KEY, customer_id TEXT, call_id TEXT, received_at TEXT, channel TEXT,
                         category TEXT, department TEXT, status TEXT, words TEXT);
CREATE INDEX complaints_call ON complaints(call_id);
CREATE INDEX complaints_customer ON complaints(customer_id);
CREATE INDEX complaints_received ON complaints(received_at);
-- Ratings: one column per survey question of the default config (the demo's).
CREATE TABLE calls (id TEXT PRIMARY KEY, caller TEXT, customer_id TEXT, task_id TEXT, task_kind TEXT, visit_ro TEXT,
                    call_at TEXT, outcome TEXT, overall INTEGER, problem INTEGER, win_back_cause TEXT, words TEXT,
                    rating_speed INTEGER, rating_prices INTEGER, rating_staff INTEGER, rating_quality INTEGER,
                    rating_visit INTEGER);
CREATE INDEX calls_customer ON calls(customer_id);
CREATE INDEX calls_task ON calls(task_id);
CREATE INDEX calls_at ON calls(call_at);
