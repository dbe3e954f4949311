// Jest orders files by past duration; these share one server's data, so they run in file-name order instead.
const Sequencer = require('@jest/test-sequencer').default;

class FileNameSequencer extends Sequencer {
  sort(tests) {
    return [...tests].sort((a, b) => a.path.localeCompare(b.path));
  }
}

module.exports = FileNameSequencer;
