import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import NoBackend from './NoBackend.svelte';
import { connect } from './lib/api';

const connection = connect();
const target = document.getElementById('app')!;
export default connection.mode !== 'none'
  ? mount(App, { target, props: { connection } })
  : mount(NoBackend, { target });
