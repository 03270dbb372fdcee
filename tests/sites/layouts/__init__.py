"""Site templates for `tests.sites.render.render_page`, one module per site family."""
