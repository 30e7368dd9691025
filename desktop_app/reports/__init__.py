"""Documents the office prints or sends: Excel registers, PDF letters, receipt stamps."""
