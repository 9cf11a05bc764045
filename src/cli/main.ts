// placeholder until the CLI lands
console.log('newsmark');
