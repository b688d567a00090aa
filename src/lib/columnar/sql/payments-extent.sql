-- How many payments there are and the newest payment date. Standard SQL over payments.
SELECT COUNT(*) AS payments, MAX(date) AS newest_date FROM payments
