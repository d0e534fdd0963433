enum Placeholder_PricingTests {}
