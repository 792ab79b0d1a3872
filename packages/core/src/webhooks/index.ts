// The webhooks feature's public surface (re-exported by the package entry).
export {};
