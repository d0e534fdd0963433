/// The SQL that builds `products` documents: Postgres assembles each visible product's whole document
/// (variants, options, categories with ancestors, collection, type, tags, images, sales channels,
/// inventory) as JSON text, so one statement reads a batch and LoupeJSON parses the result.
///
/// Parameters: `$1 text[]` product ids and `$2 int[]` buckets (`hashtext(id) & 1023`); a product is read
/// when it matches either, and both NULL reads every product. Columns: id, bucket, document.
///
/// Visibility (medusa-schema.md §6): `status = 'published'`, not soft-deleted, linked (link not deleted)
/// to at least one sales channel that exists and is not disabled. Soft-deleted children, tags,
/// categories, options and images are left out; categories also need `is_active` and not `is_internal`.
enum ProductDocumentQuery {
    static func sql(_ layout: MedusaSchemaLayout) -> String {
        """
        SELECT p.id, hashtext(p.id) & 1023 AS bucket, json_build_object(
          'id', p.id,
          'title', p.title,
          'handle', p.handle,
          'subtitle', p.subtitle,
          'description', p.description,
          'thumbnail', p.thumbnail,
          'is_giftcard', p.is_giftcard,
          'discountable', p.discountable,
          'material', p.material,
          'origin_country', p.origin_country,
          'created_at', floor(extract(epoch FROM p.created_at))::bigint,
          'updated_at', floor(extract(epoch FROM p.updated_at))::bigint,
          'collection', (SELECT json_build_object('id', c.id, 'title', c.title, 'handle', c.handle)
                         FROM product_collection c WHERE c.id = p.collection_id AND c.deleted_at IS NULL),
          'type', (SELECT json_build_object('id', t.id, 'value', t.value)
                   FROM product_type t WHERE t.id = p.type_id AND t.deleted_at IS NULL),
          'tags', COALESCE((SELECT json_agg(json_build_object('id', t.id, 'value', t.value) ORDER BY t.value, t.id)
                            FROM product_tags pt JOIN product_tag t ON t.id = pt.product_tag_id AND t.deleted_at IS NULL
                            WHERE pt.product_id = p.id), '[]'),
          -- the product's visible categories and all their visible ancestors (mpath = ancestor ids + own id)
          'categories', COALESCE((SELECT json_agg(json_build_object('id', a.id, 'name', a.name, 'handle', a.handle) ORDER BY a.mpath, a.id)
                                  FROM product_category a
                                  WHERE a.deleted_at IS NULL AND a.is_active AND NOT a.is_internal
                                    AND a.id IN (SELECT unnest(string_to_array(c.mpath, '.'))
                                                 FROM product_category_product pcp
                                                 JOIN product_category c ON c.id = pcp.product_category_id
                                                  AND c.deleted_at IS NULL AND c.is_active AND NOT c.is_internal
                                                 WHERE pcp.product_id = p.id)), '[]'),
          'images', COALESCE((SELECT json_agg(i.url ORDER BY i.rank, i.id) FROM image i
                              WHERE i.product_id = p.id AND i.deleted_at IS NULL), '[]'),
          'sales_channel_ids', ch.ids,
          'options', \(optionsSQL(layout)),
          'variants', COALESCE(vs.variants, '[]'),
          'in_stock', COALESCE(vs.in_stock, false)
        )::text AS document
        FROM product p
        -- enabled sales channels the product is linked to
        CROSS JOIN LATERAL (
          SELECT array_agg(sc.id::text ORDER BY sc.id) AS ids
          FROM product_sales_channel psc
          JOIN sales_channel sc ON sc.id = psc.sales_channel_id AND sc.deleted_at IS NULL AND NOT sc.is_disabled
          WHERE psc.product_id = p.id AND psc.deleted_at IS NULL
        ) ch
        LEFT JOIN LATERAL (
          SELECT json_agg(json_build_object(
                   'id', v.id, 'title', v.title, 'sku', v.sku, 'barcode', v.barcode, 'ean', v.ean, 'upc', v.upc,
                   'allow_backorder', v.allow_backorder, 'manage_inventory', v.manage_inventory,
                   'variant_rank', v.variant_rank, 'thumbnail', \(layout.variantThumbnail ? "v.thumbnail" : "NULL::text"),
                   'options', COALESCE((SELECT json_object_agg(o.title, ov.value ORDER BY o.title)
                                        FROM product_variant_option pvo
                                        JOIN product_option_value ov ON ov.id = pvo.option_value_id AND ov.deleted_at IS NULL
                                        JOIN product_option o ON o.id = ov.option_id AND o.deleted_at IS NULL
                                        WHERE pvo.variant_id = v.id), '{}'),
                   'price_set_id', ps.id,
                   'inventory_quantity', q.quantity)
                   ORDER BY v.variant_rank, v.id) AS variants,
                 bool_or(NOT v.manage_inventory OR v.allow_backorder OR q.quantity > 0) AS in_stock
          FROM product_variant v
          -- the variant's live price set (link and set not deleted)
          LEFT JOIN LATERAL (
            SELECT min(pvps.price_set_id::text) AS id FROM product_variant_price_set pvps
            JOIN price_set s ON s.id = pvps.price_set_id AND s.deleted_at IS NULL
            WHERE pvps.variant_id = v.id AND pvps.deleted_at IS NULL
          ) ps ON true
          -- sellable quantity: per inventory item, stocked − reserved over the locations of the product's
          -- enabled channels, divided by the required quantity; the variant gets the smallest (NULL when
          -- inventory is not managed or no item is linked)
          LEFT JOIN LATERAL (
            SELECT CASE WHEN v.manage_inventory THEN min(floor(stock.available / pvi.required_quantity))::bigint END AS quantity
            FROM product_variant_inventory_item pvi
            JOIN inventory_item ii ON ii.id = pvi.inventory_item_id AND ii.deleted_at IS NULL
            CROSS JOIN LATERAL (
              SELECT COALESCE(sum(il.stocked_quantity - il.reserved_quantity), 0) AS available
              FROM inventory_level il
              WHERE il.inventory_item_id = ii.id AND il.deleted_at IS NULL
                AND il.location_id IN (SELECT scl.stock_location_id FROM sales_channel_stock_location scl
                                       WHERE scl.deleted_at IS NULL AND scl.sales_channel_id = ANY(ch.ids))
            ) stock
            WHERE pvi.variant_id = v.id AND pvi.deleted_at IS NULL AND pvi.required_quantity > 0
          ) q ON true
          WHERE v.product_id = p.id AND v.deleted_at IS NULL
        ) vs ON true
        WHERE p.status = 'published' AND p.deleted_at IS NULL AND cardinality(ch.ids) > 0
          AND (($1::text[] IS NULL AND $2::int[] IS NULL)
               OR p.id = ANY($1::text[]) OR (hashtext(p.id) & 1023) = ANY($2::int[]))
        """
    }

    /// The product's options with the values it uses, for either option layout.
    private static func optionsSQL(_ layout: MedusaSchemaLayout) -> String {
        let valueOrder = layout.optionValueRank ? "v.rank NULLS LAST, v.value, v.id" : "v.value, v.id"
        if layout.globalOptions {
            // v2.17+: global options linked through product_product_option; the values a product uses
            // are listed in product_product_option_value.
            return """
            COALESCE((SELECT json_agg(json_build_object('id', o.id, 'title', o.title, 'values',
                        COALESCE((SELECT json_agg(v.value ORDER BY \(valueOrder))
                                  FROM product_product_option_value ppov
                                  JOIN product_option_value v ON v.id = ppov.product_option_value_id AND v.deleted_at IS NULL
                                  WHERE ppov.product_product_option_id = ppo.id AND ppov.deleted_at IS NULL), '[]'))
                        ORDER BY o.title, o.id)
                      FROM product_product_option ppo
                      JOIN product_option o ON o.id = ppo.product_option_id AND o.deleted_at IS NULL
                      WHERE ppo.product_id = p.id AND ppo.deleted_at IS NULL), '[]')
            """
        }
        // v2.1–v2.16: each option belongs to one product; all its live values are the product's.
        return """
        COALESCE((SELECT json_agg(json_build_object('id', o.id, 'title', o.title, 'values',
                    COALESCE((SELECT json_agg(v.value ORDER BY \(valueOrder))
                              FROM product_option_value v WHERE v.option_id = o.id AND v.deleted_at IS NULL), '[]'))
                    ORDER BY o.title, o.id)
                  FROM product_option o WHERE o.product_id = p.id AND o.deleted_at IS NULL), '[]')
        """
    }
}
