// Run by the lfpl-mongodb-init Job (mongosh --nodb --file). Idempotent: initiates replica set rs0
// once, then creates or updates one user per service (readWrite on its own database only), with
// the passwords in Secret lfpl-mongodb-users. Re-running it after changing that Secret rotates them.
const hosts = process.env.MONGODB_HOSTS.split(',').map(h => h.trim()).filter(h => h);
const cred = encodeURIComponent(process.env.MONGO_ADMIN_USERNAME) + ':' + encodeURIComponent(process.env.MONGO_ADMIN_PASSWORD);
const services = ['registration-service', 'dialogue-service', 'artefact-service', 'notification-service'];

function retry(what, fn) {
  for (let attempt = 1; attempt <= 120; attempt++) {
    try { return fn(); } catch (e) { print(`${what}: ${e.message} (attempt ${attempt})`); }
    sleep(5000);
  }
  throw new Error(`${what}: gave up`);
}

const first = retry(`connect to ${hosts[0]}`, () =>
  new Mongo(`mongodb://${cred}@${hosts[0]}/admin?directConnection=true&authSource=admin`).getDB('admin'));

let initiated = true;
try {
  first.adminCommand({ replSetGetStatus: 1 });
} catch (e) {
  if (e.codeName !== 'NotYetInitialized') throw e;
  initiated = false;
}
if (!initiated) {
  const members = hosts.map((host, i) => ({ _id: i, host: host, priority: i === 0 ? 2 : 1 }));
  print(`rs.initiate rs0 with ${hosts.join(', ')}`);
  first.adminCommand({ replSetInitiate: { _id: 'rs0', members: members } });
}

const admin = retry('wait for a primary', () => {
  const db = new Mongo(`mongodb://${cred}@${hosts.join(',')}/admin?replicaSet=rs0&authSource=admin`).getDB('admin');
  if (!db.hello().isWritablePrimary) throw new Error('no primary yet');
  return db;
});

for (const service of services) {
  const pwd = process.env['PASSWORD_' + service.replace(/-/g, '_').toUpperCase()];
  if (!pwd) throw new Error(`no password for ${service} in Secret lfpl-mongodb-users`);
  const roles = [{ role: 'readWrite', db: service }];
  if (admin.getUser(service)) {
    admin.updateUser(service, { pwd: pwd, roles: roles });
    print(`updated user ${service}`);
  } else {
    admin.createUser({ user: service, pwd: pwd, roles: roles });
    print(`created user ${service}`);
  }
}
print('replica set rs0 ready');
