// Reliability and security tests arrive with issue 12.
