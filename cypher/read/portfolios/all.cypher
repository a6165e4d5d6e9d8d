// Every portfolio, by name then id.
MATCH (p:Portfolio)
RETURN p {.id, .name, .description, .createdAt, .updatedAt, .recordVersion} AS portfolio
ORDER BY p.name, p.id
