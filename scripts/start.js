// `npm start`: build what is missing, seed the demo into an empty database, then run the compiled
// API (which runs the migrations on boot and never seeds).
const path = require('node:path');
require('./ensure-build');

const build = path.join(__dirname, '..', 'build');
const { seedEmptyDatabase } = require(path.join(build, 'seeds', 'cli.js'));

seedEmptyDatabase().then(
  () => require(path.join(build, 'api', 'src', 'main.js')),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
