// The audit feature's public surface (re-exported by the package entry).
export {};
