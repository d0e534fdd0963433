enum Placeholder_CatalogGeneratorTests {}
