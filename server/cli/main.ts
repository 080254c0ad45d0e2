console.log('penholder')
