-- The import figure's SQLite side: the repair-order CSV's columns in a table indexed the way
-- the store matches rows (order number unique, customer by phone, vehicle by plate).
CREATE TABLE repair_orders (ro_number TEXT PRIMARY KEY, customer_name TEXT, phone TEXT, address TEXT, plate TEXT,
                            vin TEXT, model TEXT, vehicle_kind TEXT, visit_type TEXT, opened_at TEXT,
                            delivered_at TEXT, mileage INTEGER, items TEXT, service_advisor TEXT, amount TEXT,
                            next_service_date TEXT, next_service_mileage INTEGER, rework TEXT, club_member TEXT);
CREATE INDEX repair_orders_phone ON repair_orders(phone);
CREATE INDEX repair_orders_plate ON repair_orders(plate);
