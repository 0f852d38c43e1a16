-- The monthly report's aggregation in SQL, over the tables of schema.sql: what
-- `revisit report monthly` computes (issue 5), as closely as the exported columns allow.
-- Parameters: :start and :end (first day of the month and of the next), :prev (first day of
-- the previous month), :as_of (when the report is made).

-- Calls made and reached, CSI (overall rating 4 or 5 among reached satisfaction calls), this
-- month and the previous one.
SELECT 'calls', :start, count(*), sum(outcome = 'reached'),
       round(100.0 * sum(outcome = 'reached') / count(*), 1),
       (SELECT round(100.0 * sum(overall >= 4) / count(overall), 1) FROM calls
        WHERE call_at >= :start AND call_at < :end AND outcome = 'reached' AND task_kind = 'satisfaction')
FROM calls WHERE call_at >= :start AND call_at < :end;
SELECT 'calls', :prev, count(*), sum(outcome = 'reached'), NULL,
       (SELECT round(100.0 * sum(overall >= 4) / count(overall), 1) FROM calls
        WHERE call_at >= :prev AND call_at < :start AND outcome = 'reached' AND task_kind = 'satisfaction')
FROM calls WHERE call_at >= :prev AND call_at < :start;

-- CSI by department (each survey question belongs to one), both months.
WITH sat AS (SELECT call_at >= :start AS this_month, * FROM calls
             WHERE call_at >= :prev AND call_at < :end AND outcome = 'reached' AND task_kind = 'satisfaction'),
ratings AS (
  SELECT this_month, 'reception' AS department, rating_speed AS rating FROM sat
  UNION ALL SELECT this_month, 'parts', rating_prices FROM sat
  UNION ALL SELECT this_month, 'service-advisor', rating_staff FROM sat
  UNION ALL SELECT this_month, 'workshop', rating_quality FROM sat
  UNION ALL SELECT this_month, 'reception', rating_visit FROM sat)
SELECT 'department', this_month, department, round(100.0 * sum(rating >= 4) / count(rating), 1)
FROM ratings WHERE rating IS NOT NULL GROUP BY this_month, department ORDER BY this_month, department;

-- Problem customers: reached calls flagged or rated 2 or less, with the complaint opened from them.
SELECT 'problem', c.call_at, c.id, c.caller, cu.id, cu.name, cu.phone, c.overall, c.words, p.id, p.status
FROM calls c JOIN customers cu ON cu.id = c.customer_id LEFT JOIN complaints p ON p.call_id = c.id
WHERE c.call_at >= :start AND c.call_at < :end AND c.outcome = 'reached'
  AND (c.problem = 1 OR c.overall <= 2 OR c.rating_speed <= 2 OR c.rating_prices <= 2 OR c.rating_staff <= 2
       OR c.rating_quality <= 2 OR c.rating_visit <= 2)
ORDER BY c.call_at, c.id;

-- Missed follow-ups: satisfaction tasks that expired in the month (16 days after delivery,
-- no call closed them before) or ended unreachable (the third failed attempt in the month).
WITH tasks AS (
  SELECT 'sat:' || ro_number AS task_id, customer_id, delivered_at,
         date(delivered_at, '+16 days') AS expires
  FROM visits
  WHERE type IN ('maintenance', 'repair', 'warranty', 'insurance', 'bodywork')
    AND delivered_at >= date(:start, '-17 days') AND delivered_at < :end),
attempts AS (
  SELECT t.task_id, t.customer_id, t.expires,
         min(CASE WHEN c.outcome IN ('reached', 'refused', 'wrong-number') THEN c.call_at END) AS closed_at,
         (SELECT f.call_at FROM calls f WHERE f.task_id = t.task_id AND f.outcome IN ('no-answer', 'busy')
          ORDER BY f.call_at LIMIT 1 OFFSET 2) AS unreachable_at
  FROM tasks t LEFT JOIN calls c ON c.task_id = t.task_id
  GROUP BY t.task_id)
SELECT 'missed', task_id, customer_id,
       CASE WHEN unreachable_at IS NOT NULL AND unreachable_at < expires THEN 'unreachable' ELSE 'expired' END
FROM attempts
WHERE (closed_at IS NULL OR closed_at >= coalesce(min(unreachable_at, expires), expires))
  AND coalesce(CASE WHEN unreachable_at < expires THEN unreachable_at END, expires) >= :start
  AND coalesce(CASE WHEN unreachable_at < expires THEN unreachable_at END, expires) < min(:end, :as_of)
ORDER BY 2;

-- Complaints: received in the month or not closed, by category.
SELECT 'complaints', category, count(*) FROM complaints
WHERE (received_at >= :start AND received_at < :end) OR (received_at < :end AND status != 'closed')
GROUP BY category ORDER BY category;

-- Churn: active on the first day (a paying visit in the 12 months before it), lost by the day
-- after the last (none in the 12 months before that).
WITH latest AS (
  SELECT customer_id,
         max(CASE WHEN delivered_at < :start THEN delivered_at END) AS before_start,
         max(CASE WHEN delivered_at < :end THEN delivered_at END) AS before_end
  FROM visits WHERE type != 'promo' GROUP BY customer_id)
SELECT 'churn', count(*), sum(before_end < date(:end, '-12 months'))
FROM latest WHERE before_start >= date(:start, '-12 months');

-- Win-back calls of the month: causes given, and outcomes.
SELECT 'cause', win_back_cause, count(*) FROM calls
WHERE call_at >= :start AND call_at < :end AND task_kind = 'win-back' AND win_back_cause != ''
GROUP BY win_back_cause ORDER BY win_back_cause;
SELECT 'win-back', outcome, count(*) FROM calls
WHERE call_at >= :start AND call_at < :end AND task_kind = 'win-back' GROUP BY outcome ORDER BY outcome;

-- Rework: visits flagged rework over repair and warranty visits delivered in the month.
SELECT 'rework', sum(rework), sum(type IN ('repair', 'warranty')) FROM visits
WHERE delivered_at >= :start AND delivered_at < :end;
