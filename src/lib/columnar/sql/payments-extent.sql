-- How many payments there are and the newest payment date. Standard SQL over payments.
SELECT COUNT(*) AS payments, CAST(MAX(date) AS VARCHAR) AS newest_date FROM payments
