// The local preview's entry: the real User Creation tab, on synthetic shadow as in Lightning Experience.
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import VccUserCreation from 'c/vccUserCreation';

const tab = createElement('c-vcc-user-creation', { is: VccUserCreation });
document.querySelector('#tab').appendChild(tab);
