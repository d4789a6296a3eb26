// Preload for the no-network test: every way out of the machine throws and is written down.
import { appendFileSync } from 'node:fs';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';

const log = process.env.CAFQA_NETWORK_LOG;
const blocked = (what) => () => {
  if (log) appendFileSync(log, `${what}\n`);
  throw new Error(`network blocked in test: ${what}`);
};
net.Socket.prototype.connect = blocked('net.Socket.connect');
net.connect = net.createConnection = blocked('net.connect');
tls.connect = blocked('tls.connect');
http.request = http.get = blocked('http.request');
https.request = https.get = blocked('https.request');
dns.lookup = blocked('dns.lookup');
dns.promises.lookup = blocked('dns.promises.lookup');
globalThis.fetch = blocked('fetch');
globalThis.WebSocket = class { constructor() { blocked('WebSocket')(); } };
