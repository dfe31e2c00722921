"""Plain Python, no Qt: the catalog, money, pricing, cards, company checks, paths, and the order."""
