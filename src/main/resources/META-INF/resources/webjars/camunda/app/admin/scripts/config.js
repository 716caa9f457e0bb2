// app-registry: the login page would otherwise ask /camunda-welcome, an app this product does
// not ship, and log a 404 on every page load.
export default {
  disableWelcomeMessage: true
};
