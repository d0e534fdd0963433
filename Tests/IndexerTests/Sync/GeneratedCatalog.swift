import Indexer

/// Adds `count` generated products to a database holding the fixture and seed (v2.17 option layout):
/// each with 3 variants (sizes S/M/L), 2 prices per variant (eur, usd), a channel link, a tag, a
/// category, an image and inventory — built by Postgres with `generate_series`, one parameter each.
enum GeneratedCatalog {
    static let statements = [
        """
        INSERT INTO product (id, title, handle, subtitle, description, status, thumbnail, collection_id, type_id)
        SELECT 'prod_g' || g, 'Generated ' || (ARRAY['red','blue','green','black'])[1 + g % 4] || ' shirt ' || g, 'gen-' || g,
               'Subtitle ' || g, 'Generated product number ' || g || ' for load tests.', 'published',
               'https://cdn.example.test/g' || g || '.png', CASE WHEN g % 2 = 0 THEN 'pcol_summer' END, 'ptyp_apparel'
        FROM generate_series(1, $1::int) g
        """,
        "INSERT INTO product_sales_channel (product_id, sales_channel_id, id) SELECT 'prod_g' || g, 'sc_default', 'prodsc_g' || g FROM generate_series(1, $1::int) g",
        "INSERT INTO product_tags SELECT 'prod_g' || g, CASE WHEN g % 2 = 0 THEN 'ptag_cotton' ELSE 'ptag_gift' END FROM generate_series(1, $1::int) g",
        "INSERT INTO product_category_product SELECT 'prod_g' || g, CASE WHEN g % 3 = 0 THEN 'pcat_kitchen' ELSE 'pcat_tshirts' END FROM generate_series(1, $1::int) g",
        "INSERT INTO image (id, url, rank, product_id) SELECT 'img_g' || g, 'https://cdn.example.test/g' || g || '.png', 0, 'prod_g' || g FROM generate_series(1, $1::int) g",
        "INSERT INTO product_product_option (id, product_id, product_option_id) SELECT 'prodopt_g' || g, 'prod_g' || g, 'opt_size' FROM generate_series(1, $1::int) g",
        """
        INSERT INTO product_product_option_value (id, product_product_option_id, product_option_value_id)
        SELECT 'prodoptval_g' || g || '_' || s, 'prodopt_g' || g, (ARRAY['optval_size_s','optval_size_m','optval_size_l'])[s]
        FROM generate_series(1, $1::int) g, generate_series(1, 3) s
        """,
        """
        INSERT INTO product_variant (id, title, sku, product_id, variant_rank)
        SELECT 'variant_g' || g || '_' || s, (ARRAY['S','M','L'])[s], 'SKU-G' || g || '-' || s, 'prod_g' || g, s
        FROM generate_series(1, $1::int) g, generate_series(1, 3) s
        """,
        """
        INSERT INTO product_variant_option SELECT 'variant_g' || g || '_' || s, (ARRAY['optval_size_s','optval_size_m','optval_size_l'])[s]
        FROM generate_series(1, $1::int) g, generate_series(1, 3) s
        """,
        "INSERT INTO price_set (id) SELECT 'pset_g' || g || '_' || s FROM generate_series(1, $1::int) g, generate_series(1, 3) s",
        """
        INSERT INTO product_variant_price_set (variant_id, price_set_id, id)
        SELECT 'variant_g' || g || '_' || s, 'pset_g' || g || '_' || s, 'pvps_g' || g || '_' || s
        FROM generate_series(1, $1::int) g, generate_series(1, 3) s
        """,
        """
        INSERT INTO price (id, price_set_id, currency_code, amount, raw_amount)
        SELECT 'price_g' || g || '_' || s || '_' || c, 'pset_g' || g || '_' || s, c, 10 + g % 90 + s,
               jsonb_build_object('value', (10 + g % 90 + s)::text, 'precision', 20)
        FROM generate_series(1, $1::int) g, generate_series(1, 3) s, unnest(ARRAY['eur', 'usd']) c
        """,
        "INSERT INTO inventory_item (id, sku) SELECT 'iitem_g' || g || '_' || s, 'SKU-G' || g || '-' || s FROM generate_series(1, $1::int) g, generate_series(1, 3) s",
        """
        INSERT INTO inventory_level (id, inventory_item_id, location_id, stocked_quantity, reserved_quantity)
        SELECT 'ilev_g' || g || '_' || s, 'iitem_g' || g || '_' || s, 'sloc_main', (g + s) % 20, 0
        FROM generate_series(1, $1::int) g, generate_series(1, 3) s
        """,
        """
        INSERT INTO product_variant_inventory_item (variant_id, inventory_item_id, id)
        SELECT 'variant_g' || g || '_' || s, 'iitem_g' || g || '_' || s, 'pvitem_g' || g || '_' || s
        FROM generate_series(1, $1::int) g, generate_series(1, 3) s
        """,
    ]

    static func insert(products count: Int, into connection: PostgresConnection) throws {
        try connection.transaction {
            for statement in statements { try connection.query(statement, [String(count)]) }
        }
        try connection.query("ANALYZE")
    }
}
