enum Placeholder_CatalogGenerator {}
