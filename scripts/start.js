// `npm start`: build what is missing, then run the compiled API (migrations and demo seed run on boot).
const path = require('node:path');
require('./ensure-build');
require(path.join(__dirname, '..', 'build', 'api', 'src', 'main.js'));
