// Stands in for an imported stylesheet under Jest (see jest.preset.cjs).
module.exports = {};
