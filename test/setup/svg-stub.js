// webpack inlines SVG imports as data: URLs (asset/inline); under jest the pane only needs a string.
module.exports = "data:image/svg+xml,";
