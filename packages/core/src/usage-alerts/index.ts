// The usage-alerts feature's public surface (re-exported by the package entry).
export {};
